package org.exchangeatlas.eval;

/**
 * A contact of a body with a country that a gold file states ({@code atlas:engagedWith}).
 *
 * @param body    the body's name as written
 * @param country the country, an ISO code (or a name) as written
 */
public record GoldEngagement(String body, String country) {}
