package it.cuffia.web.api;

import it.cuffia.web.faces.Messages;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every JSON body of the API is read strictly before JSON-B binds it: JSON-B would turn
 * {@code "customerId": 18446744073709586533} into another customer's id (the number wraps round),
 * {@code 951.5} into 951 and {@code "customerVisible": "yes"} into false. Here a whole-number field
 * takes a whole number within its range and a yes/no field takes {@code true} or {@code false};
 * anything else is a 400 problem naming the field, in the caller's language, and nothing is done. No text of a body
 * holds NUL (see {@link #nul}), and no member is dropped unread (see {@link #unknown}).
 */
@Provider
public class StrictJson implements ReaderInterceptor {

    /**
     * Made once: {@code Json.createReader} looks its provider up through the ServiceLoader at every call, which walked
     * the server's class loaders on every request with a JSON body (7 % of the ticket API's CPU, bench/tickets.sh).
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final Set<Class<?>> WHOLE = Set.of(long.class, Long.class, int.class, Integer.class, short.class, Short.class,
            byte.class, Byte.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonValue json;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException notJson) {
            // not JSON at all: JSON-B refuses it as before, with the "cannot be read" problem
            return context.proceed();
        }
        Locale locale = ProblemMappers.locale(headers);
        List<Mismatch> found = mismatches(json, context.getGenericType());
        if (!found.isEmpty()) {
            throw new WebApplicationException(ProblemMappers.invalid(locale, found.stream().map(Mismatch::field).toList(),
                    found.stream().map(m -> Messages.text(locale, m.key(), m.arguments())).toList()));
        }
        return context.proceed();
    }

    /**
     * A field whose value JSON-B would bend or refuse without naming it: its path ("customerId", "steps[2].level"), the
     * message key and what the message says besides the path (the values a choice takes, the form of a date).
     */
    public record Mismatch(String field, String key, List<String> also) {
        public Mismatch(String field, String key) {
            this(field, key, List.of());
        }

        Object[] arguments() {
            List<Object> all = new ArrayList<>();
            all.add(field);
            all.addAll(also);
            return all.toArray();
        }
    }

    /** JSON-B's default forms of the times a body takes (ISO 8601, as Yasson reads them), with an example for the message. */
    private record TimeForm(DateTimeFormatter format, String example) {
    }

    private static final Map<Class<?>, TimeForm> TIMES = Map.of(
            LocalDate.class, new TimeForm(DateTimeFormatter.ISO_LOCAL_DATE, "2027-03-31"),
            LocalDateTime.class, new TimeForm(DateTimeFormatter.ISO_LOCAL_DATE_TIME, "2027-03-31T09:30"),
            LocalTime.class, new TimeForm(DateTimeFormatter.ISO_LOCAL_TIME, "09:30"),
            OffsetDateTime.class, new TimeForm(DateTimeFormatter.ISO_OFFSET_DATE_TIME, "2027-03-31T09:30+02:00"),
            Instant.class, new TimeForm(DateTimeFormatter.ISO_INSTANT, "2027-03-31T07:30:00Z"));

    /** The fields of {@code json} that do not fit the types of {@code target}'s fields, nested objects and lists included. */
    public static List<Mismatch> mismatches(JsonValue json, Type target) {
        List<Mismatch> found = new ArrayList<>();
        nul(json, "", found);
        check(json, target, "", found);
        return found;
    }

    /**
     * A text holding NUL (U+0000), wherever it is in the body: PostgreSQL can neither store it nor take it as
     * a query parameter (a search, a username to assign), so no field of any body carries one further.
     */
    private static void nul(JsonValue value, String path, List<Mismatch> found) {
        switch (value.getValueType()) {
            case STRING -> {
                if (((JsonString) value).getString().indexOf('\0') >= 0) {
                    found.add(new Mismatch(path, "api.field.nul"));
                }
            }
            case OBJECT -> value.asJsonObject().forEach((name, member) -> {
                if (name.indexOf('\0') >= 0) {
                    found.add(new Mismatch(path, "api.field.nul"));
                }
                nul(member, path.isEmpty() ? name : path + "." + name, found);
            });
            case ARRAY -> {
                List<JsonValue> items = value.asJsonArray();
                for (int i = 0; i < items.size(); i++) {
                    nul(items.get(i), path + "[" + i + "]", found);
                }
            }
            default -> {
                // numbers, true, false and null hold no text
            }
        }
    }

    private static void check(JsonValue value, Type type, String path, List<Mismatch> found) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return; // a missing value is for Bean Validation (@NotNull) to report
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        TimeForm time = TIMES.get(raw);
        if (raw.isEnum()) {
            // JSON-B refuses an unknown name with a failure that names no field: "outcome": "SOLDD"
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
                found.add(new Mismatch(path, "api.field.choice", List.of(String.join(", ", names))));
            }
        } else if (time != null) {
            // and a date that is none (2027-02-31) or not in ISO form the same way
            if (!(value instanceof JsonString text) || !parses(time.format(), text.getString())) {
                found.add(new Mismatch(path, "api.field.time", List.of(time.example())));
            }
        } else if (WHOLE.contains(raw)) {
            if (!whole(value, raw)) {
                found.add(new Mismatch(path, "api.field.whole"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                found.add(new Mismatch(path, "api.field.boolean"));
            }
        } else if (Collection.class.isAssignableFrom(raw) && value.getValueType() == JsonValue.ValueType.ARRAY
                && type instanceof ParameterizedType list) {
            List<JsonValue> items = value.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    // a list of ids or lines holds no "nothing": [null] was looked up as the id null
                    found.add(new Mismatch(path + "[" + i + "]", "api.field.nullItem"));
                } else {
                    check(items.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]", found);
                }
            }
        } else if (value.getValueType() == JsonValue.ValueType.OBJECT && !raw.getName().startsWith("java.")) {
            JsonObject object = value.asJsonObject();
            Set<String> known = new HashSet<>();
            for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
                    String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
                    known.add(name);
                    if (object.containsKey(name)) {
                        check(object.get(name), field.getGenericType(), path.isEmpty() ? name : path + "." + name, found);
                    }
                }
            }
            unknown(object, raw, known, path, found);
        }
    }

    /**
     * Members that no field of the suite's own body types takes: JSON-B would drop them without a word (a customer
     * sent with {@code "phones"} instead of {@code "phoneNumbers"} was created with no phone), so they are refused by
     * name. Setters count as properties too.
     */
    private static void unknown(JsonObject object, Class<?> type, Set<String> known, String path, List<Mismatch> found) {
        if (!type.getName().startsWith("it.cuffia.")) {
            return;
        }
        Set<String> settable = SETTERS.get(type);
        for (String name : object.keySet()) {
            if (!known.contains(name) && !settable.contains(name)) {
                found.add(new Mismatch(path.isEmpty() ? name : path + "." + name, "api.field.unknown"));
            }
        }
    }

    /** The properties a type's setters take, read once per type (reflection on every request was API latency). */
    private static final ClassValue<Set<String>> SETTERS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Method method : type.getMethods()) {
                String name = method.getName();
                if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1
                        && !Modifier.isStatic(method.getModifiers())) {
                    names.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
                }
            }
            return Set.copyOf(names);
        }
    };

    private static boolean whole(JsonValue value, Class<?> type) {
        if (!(value instanceof JsonNumber number)) {
            return false;
        }
        BigDecimal decimal = number.bigDecimalValue();
        try {
            long exact = decimal.longValueExact(); // no fraction, within a long
            if (type == int.class || type == Integer.class) {
                return exact >= Integer.MIN_VALUE && exact <= Integer.MAX_VALUE;
            }
            if (type == short.class || type == Short.class) {
                return exact >= Short.MIN_VALUE && exact <= Short.MAX_VALUE;
            }
            if (type == byte.class || type == Byte.class) {
                return exact >= Byte.MIN_VALUE && exact <= Byte.MAX_VALUE;
            }
            return true;
        } catch (ArithmeticException notWhole) {
            return false;
        }
    }

    private static boolean parses(DateTimeFormatter format, String text) {
        try {
            format.parse(text);
            return true;
        } catch (DateTimeParseException notThisForm) {
            return false;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
