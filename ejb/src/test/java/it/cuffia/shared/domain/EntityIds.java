package it.cuffia.shared.domain;

/** Plain tests' entities with the id the database would have given them (rules compare entities by id). */
public final class EntityIds {

    private EntityIds() {
    }

    public static <T extends AbstractEntity> T withId(T entity, long id) {
        try {
            java.lang.reflect.Field field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
