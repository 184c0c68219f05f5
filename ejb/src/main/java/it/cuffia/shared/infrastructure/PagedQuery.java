package it.cuffia.shared.infrastructure;

import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one query helper for list screens and list APIs: filters, sort and paging done by the
 * database, over the fields a service declares, inside the scope (tenancy) it imposes.
 *
 * <pre>
 * PagedQuery.of(em, Customer.class)
 *     .field("lastName", "lastName").field("client", "client.name")
 *     .where((cb, root) -> scope.predicate(cb, root.get("client")))
 *     .orderBy("lastName")
 *     .run(request);
 * </pre>
 * The filter "q" (global search) looks into every text field declared with {@link #searchable}, and whatever a
 * {@link #search} term makes of it.
 */
public final class PagedQuery<T> {

    public interface Restriction<T> {
        Predicate apply(CriteriaBuilder cb, Root<T> root);
    }

    /** A restriction that needs the query it belongs to, for a subquery. */
    public interface QueryRestriction<T> {
        Predicate apply(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query);
    }

    /** More that the global search "q" may mean (a phone number…): a predicate or-ed to the text search, or none. */
    public interface SearchTerm<T> {
        Optional<Predicate> apply(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query, String text);
    }

    /** The shortest term a trigram index finds rows by. */
    static final int TRIGRAM = 3;

    private final EntityManager em;
    private final Class<T> type;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> searchable = new ArrayList<>();
    private final List<QueryRestriction<T>> restrictions = new ArrayList<>();
    private final List<SearchTerm<T>> searchTerms = new ArrayList<>();
    private final List<String> batchFetches = new ArrayList<>();
    private String defaultSort = "id";

    private PagedQuery(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type) {
        return new PagedQuery<>(em, type);
    }

    /** A field the screen may filter and sort on, and the entity path it reads. */
    public PagedQuery<T> field(String name, String path) {
        fields.put(name, path);
        return this;
    }

    /** A text field that is filterable and part of the global search "q". */
    public PagedQuery<T> searchable(String name, String path) {
        searchable.add(path);
        return field(name, path);
    }

    /** Something else the global search "q" finds rows by, besides the text of the searchable fields. */
    public PagedQuery<T> search(SearchTerm<T> term) {
        searchTerms.add(term);
        return this;
    }

    public PagedQuery<T> where(Restriction<T> restriction) {
        restrictions.add((cb, root, query) -> restriction.apply(cb, root));
        return this;
    }

    public PagedQuery<T> where(QueryRestriction<T> restriction) {
        restrictions.add(restriction);
        return this;
    }

    /** Loads a relation of all rows of the page in one extra query, not one per row. */
    public PagedQuery<T> batchFetch(String relation) {
        batchFetches.add(relation);
        return this;
    }

    public PagedQuery<T> orderBy(String fieldName) {
        this.defaultSort = fieldName;
        return this;
    }

    /**
     * The window of rows and, as the request says ({@link PageRequest#total()}), the count of all matching rows:
     * a screen that pages through a million rows asks for the count once per filter, then for rows only.
     */
    @SuppressWarnings("unchecked")
    public Page<T> run(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        long total = -1;
        if (request.wantsCount()) {
            total = count(cb, request);
            if (total == 0 || !request.wantsRows()) {
                return request.page(List.of(), total);
            }
        }

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(predicates(cb, root, select, request));
        String sortPath = request.sortField() != null && fields.containsKey(request.sortField())
                ? fields.get(request.sortField()) : fields.getOrDefault(defaultSort, defaultSort);
        Expression<?> sortBy = path(root, sortPath);
        if (sortBy.getJavaType() == String.class && sortsItsOwnMatches(sortPath, request.filters())) {
            sortBy = cb.concat((Expression<String>) sortBy, "");
        }
        select.orderBy(request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));

        TypedQuery<T> query = em.createQuery(select)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        for (String relation : batchFetches) {
            query.setHint("eclipselink.batch.type", "IN");
            query.setHint("eclipselink.batch", "e." + relation);
        }
        List<T> rows = query.getResultList();
        return total < 0 ? new Page<>(rows, total) : request.page(rows, total);
    }

    /**
     * The matching rows, counted up to the request's bound ({@link PageRequest#countBound()}): without one a
     * count(*); with one, the ids of at most that many matches (PostgreSQL stops reading at the bound, where a
     * count(*) of a filter that finds half a million rows reads them all).
     */
    private long count(CriteriaBuilder cb, PageRequest request) {
        if (request.countLimit() == 0) {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<T> countRoot = count.from(type);
            count.select(cb.count(countRoot)).where(predicates(cb, countRoot, count, request));
            return em.createQuery(count).getSingleResult();
        }
        CriteriaQuery<Object> ids = cb.createQuery(Object.class);
        Root<T> idRoot = ids.from(type);
        ids.select(idRoot.get("id")).where(predicates(cb, idRoot, ids, request));
        return em.createQuery(ids).setMaxResults((int) Math.min(Integer.MAX_VALUE, request.countBound()))
                .getResultList().size();
    }

    /**
     * Whether the rows are sorted by a text column that a contains filter of the request searches (the column's own
     * filter, or "q" over the searchable columns), with a term long enough for a trigram index (PostgreSQL, V42). Its
     * matches then sit together in the sort order (every "Bianchi" of a surname search sorted by surname): walking
     * the sort column's index until a page of rows matches reads every row before them (1.4 s for "moretti" among a
     * million customers, bench/RESULTS.md), where reading the matches through the trigram indexes and sorting them
     * takes a few tens of ms. {@link #run} then sorts by an expression of the column that no index holds (the same
     * order), so the planner takes the second way. Shorter terms use no trigram index: the walk is kept for them.
     */
    boolean sortsItsOwnMatches(String sortPath, Map<String, String> filters) {
        return filters.entrySet().stream().anyMatch(filter -> filter.getValue() != null
                && filter.getValue().trim().length() >= TRIGRAM
                && ("q".equals(filter.getKey()) ? searchable.contains(sortPath) : sortPath.equals(fields.get(filter.getKey()))));
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query, PageRequest request) {
        List<Predicate> all = new ArrayList<>();
        for (QueryRestriction<T> restriction : restrictions) {
            all.add(restriction.apply(cb, root, query));
        }
        request.filters().forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if ("q".equals(name)) {
                List<Predicate> any = new ArrayList<>();
                searchable.forEach(p -> any.add(searches(cb, root, query, p, value)));
                searchTerms.forEach(term -> term.apply(cb, root, query, value).ifPresent(any::add));
                all.add(cb.or(any.toArray(Predicate[]::new)));
                return;
            }
            String pathName = fields.get(name);
            if (pathName == null) {
                throw new DomainException("error.filter.unknown", name);
            }
            all.add(matches(cb, path(root, pathName), value.trim()));
        });
        return all.toArray(Predicate[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate matches(CriteriaBuilder cb, Path<?> path, String value) {
        Class<?> javaType = path.getJavaType();
        if (javaType == String.class) {
            return like(cb, path, value);
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            if (!value.equals("true") && !value.equals("false")) {
                throw new DomainException("error.filter.value", value); // "maybe" is no "false"
            }
            return cb.equal(path, Boolean.parseBoolean(value));
        }
        if (javaType.isEnum()) {
            try {
                return cb.equal(path, Enum.valueOf((Class<Enum>) javaType, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DomainException("error.filter.value", value);
            }
        }
        try {
            if (javaType == Long.class || javaType == long.class) {
                return cb.equal(path, Long.valueOf(value));
            }
            if (javaType == Integer.class || javaType == int.class) {
                return cb.equal(path, Integer.valueOf(value));
            }
        } catch (NumberFormatException e) {
            throw new DomainException("error.filter.value", value);
        }
        return cb.equal(path, value);
    }

    /**
     * The global search's contains filter on one searchable path. A path through a related entity ("customer.lastName")
     * is a semi-join, {@code customer.id in (select id from Customer where lower(lastName) like …)}, not the path's
     * inner join: "q" ors it with the row's own columns, and an or across a join can use no index of either side
     * (GET /api/tickets?q=rimborso joined the million customers to the active tickets: 243 ms, 763 ms once
     * PostgreSQL's plan for the prepared statement turned generic; as a semi-join, 131 ms). EclipseLink still joins
     * the related table to read its id ({@code t1.ID in (select …)}); {@code customer in (select c …)}, which would
     * compare the foreign key alone, fails in EclipseLink 4.0.1 ("Illegal use of getField()"). Embedded paths
     * ("address.city") are the row's own columns.
     */
    private Predicate searches(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query, String dotted, String value) {
        int dot = dotted.lastIndexOf('.');
        Path<?> owner = dot < 0 ? root : path(root, dotted.substring(0, dot));
        if (dot < 0 || em.getMetamodel().getEntities().stream().noneMatch(e -> e.getJavaType() == owner.getJavaType())) {
            return like(cb, path(root, dotted), value);
        }
        Subquery<Object> related = query.subquery(Object.class);
        Root<?> other = related.from(owner.getJavaType());
        related.select(other.get("id")).where(like(cb, other.get(dotted.substring(dot + 1)), value));
        return owner.get("id").in(related);
    }

    @SuppressWarnings("unchecked")
    private static Predicate like(CriteriaBuilder cb, Path<?> path, String value) {
        String pattern = "%" + value.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return cb.like(cb.lower((Expression<String>) path), pattern, '\\');
    }

    /** "client.name" → root.get("client").get("name"): an implicit inner join, or an embedded field. */
    private static Path<?> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }
}
