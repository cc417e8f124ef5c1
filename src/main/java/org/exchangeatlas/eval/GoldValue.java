package org.exchangeatlas.eval;

/**
 * A gold value as written and the key it is compared by ({@link ValueKeys}). A label the
 * vocabularies do not know keeps a key no fact can have: it can only be missed.
 *
 * @param field    its field
 * @param written  as the analyst wrote it
 * @param key      the key it compares by
 * @param resolved whether it named something the atlas can state
 */
public record GoldValue(Field field, String written, String key, boolean resolved) {}
