package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms in which the server answers for a resource, chosen by the request's {@code Accept}
 * header (HTTP content negotiation), or forced by {@code ?format=turtle|jsonld|ntriples|rdfxml|html}
 * (for links on pages). A client that accepts anything ({@code *}{@code /*}) gets Turtle.
 */
enum Representation {
    TURTLE("turtle", "text/turtle", RDFFormat.TURTLE_PRETTY),
    HTML("html", "text/html", null),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11),
    NTRIPLES("ntriples", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("rdfxml", "application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    private final String parameter;
    private final String mediaType;
    private final RDFFormat format;

    Representation(String parameter, String mediaType, RDFFormat format) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.format = format;
    }

    String mediaType() {
        return mediaType;
    }

    /** The RDF writer's format; empty for HTML. */
    Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(format);
    }

    /** The {@code Content-Type} header value, with the charset. */
    String contentType() {
        return mediaType + (this == JSONLD ? "" : ";charset=utf-8");
    }

    /**
     * The representation the request asks for: {@code ?format=} when given, else the best match of
     * {@code Accept} among the offers (in the order of this enum), else empty: 406.
     */
    static Optional<Representation> choose(HttpServletRequest request) {
        String forced = request.getParameter("format");
        if (forced != null) {
            String f = forced.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(r -> r.parameter.equals(f) || r.mediaType.equals(f)).findFirst();
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        List<Representation> offered = List.of(values());
        AcceptList offers = AcceptList.create(offered.stream().map(Representation::mediaType).toArray(String[]::new));
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), offers);
        } catch (RuntimeException e) {
            return Optional.of(TURTLE);
        }
        if (match == null) {
            return Optional.empty();
        }
        String chosen = match.getContentTypeStr();
        return offered.stream().filter(r -> r.mediaType.equalsIgnoreCase(chosen)).findFirst();
    }
}
