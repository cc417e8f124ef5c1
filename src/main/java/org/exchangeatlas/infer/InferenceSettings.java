package org.exchangeatlas.infer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The options of the inference step, as named settings: each is a typed key with a default and a
 * description, and the command-line option is named after the key ({@code --infer-wider-tier}).
 * Immutable; {@link #with} gives a changed copy. Weaker readings of a group (a language group's
 * wider tier, a proxy list for a group that has none) are off unless asked for.
 */
public final class InferenceSettings {

    /** A typed setting: its name (the option's name without dashes), default and description. */
    public record Setting<T>(String name, T defaultValue, String description) {
        public Setting {
            Objects.requireNonNull(name);
            Objects.requireNonNull(defaultValue);
        }
    }

    /** The name of {@link #WIDER_TIER}, a constant so that option annotations can use it. */
    public static final String WIDER_TIER_NAME = "infer-wider-tier";
    /** The name of {@link #PROXIES}. */
    public static final String PROXIES_NAME = "infer-proxies";

    /** The description of {@link #WIDER_TIER}, a constant so that option annotations can use it. */
    public static final String WIDER_TIER_DESCRIPTION = "Infer the wider tier of tiered groups too"
            + " (Russian-speaking: Tajikistan, Uzbekistan, ...); the inference says so (atlas:usedTier).";
    /** The description of {@link #PROXIES}. */
    public static final String PROXIES_DESCRIPTION = "Infer the members of groups without an official list"
            + " from their proxy (developing countries, Global South: the Group of 77); the inference says so"
            + " (atlas:usedProxy).";

    public static final Setting<Boolean> WIDER_TIER = new Setting<>(WIDER_TIER_NAME, false, WIDER_TIER_DESCRIPTION);
    public static final Setting<Boolean> PROXIES = new Setting<>(PROXIES_NAME, false, PROXIES_DESCRIPTION);

    /** Every setting the inference step honours. */
    public static final List<Setting<?>> ALL = List.of(WIDER_TIER, PROXIES);

    /** Every setting at its default. */
    public static final InferenceSettings DEFAULTS = new InferenceSettings(Map.of());

    private final Map<Setting<?>, Object> values;

    private InferenceSettings(Map<Setting<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The setting's value, or its default. */
    public <T> T get(Setting<T> setting) {
        @SuppressWarnings("unchecked")
        T value = (T) values.get(setting);
        return value != null ? value : setting.defaultValue();
    }

    /** A copy with {@code setting} set to {@code value}. */
    public <T> InferenceSettings with(Setting<T> setting, T value) {
        if (!ALL.contains(setting)) {
            throw new IllegalArgumentException("not an inference setting: " + setting.name());
        }
        Map<Setting<?>, Object> copy = new HashMap<>(values);
        copy.put(setting, Objects.requireNonNull(value));
        return new InferenceSettings(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InferenceSettings s
                && ALL.stream().allMatch(k -> Objects.equals(get(k), s.get(k)));
    }

    @Override
    public int hashCode() {
        return ALL.stream().map(this::get).toList().hashCode();
    }

    /** {@code infer-wider-tier=false, infer-proxies=true}. */
    @Override
    public String toString() {
        return ALL.stream().map(s -> s.name() + "=" + get(s)).collect(Collectors.joining(", "));
    }
}
