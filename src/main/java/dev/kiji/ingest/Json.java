package dev.kiji.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON parser settings of the ingest stage: nesting capped at 200, trailing tokens rejected. */
final class Json {

  private static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
        .build();
  }

  /** For whole values (a JSON line): trailing tokens are an error. */
  static final ObjectMapper MAPPER =
      new ObjectMapper(factory()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** For streaming parsers that read one value after another (array elements). */
  static final ObjectMapper STREAMING = new ObjectMapper(factory());

  private Json() {}

  /** The first line of a parser message, at most 160 chars. */
  static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    m = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }
}
