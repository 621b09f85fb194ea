package kb.articles;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kb.shared.i18n.Locales;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One file of {@code content/articles/<slug>/<locale>.md}: its hash, and either its parsed front
 * matter and body or the reason it cannot be imported.
 */
public record ContentFile(
    String path,
    String slug,
    String locale,
    String hash,
    String title,
    String category,
    List<String> tags,
    String owner,
    LocalDate reviewBy,
    LocalDate updated,
    Integer pinned,
    String body,
    String problem) {

  public boolean broken() {
    return problem != null;
  }

  static ContentFile read(Path root, Path file) {
    String path = root.relativize(file).toString().replace('\\', '/');
    String slug = file.getParent().getFileName().toString();
    String name = file.getFileName().toString();
    String locale = name.substring(0, name.length() - 3);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return broken(path, slug, locale, "", "cannot be read: " + e.getMessage());
    }
    String hash = sha256(bytes);
    try {
      new Slug(slug);
    } catch (RuntimeException e) {
      return broken(
          path,
          slug,
          locale,
          hash,
          "folder name is not a valid slug (lowercase letters, digits, dashes)");
    }
    if (!Locales.isSupported(locale)) {
      return broken(
          path, slug, locale, hash, "file name must be one of " + Locales.SUPPORTED + " + .md");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return broken(path, slug, locale, hash, "is not valid UTF-8");
    }
    text = text.replace("\r\n", "\n");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!text.startsWith("---\n")) {
      return broken(
          path, slug, locale, hash, "must start with a front matter block between --- lines");
    }
    int end = text.indexOf("\n---", 4);
    if (end < 0) {
      return broken(path, slug, locale, hash, "front matter is not closed by a --- line");
    }
    Map<?, ?> meta;
    try {
      Object parsed =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end));
      if (!(parsed instanceof Map<?, ?> map)) {
        return broken(path, slug, locale, hash, "front matter is not a set of key: value lines");
      }
      meta = map;
    } catch (YAMLException e) {
      return broken(
          path, slug, locale, hash, "front matter is not valid YAML: " + firstLine(e.getMessage()));
    }
    int bodyStart = text.indexOf('\n', end + 1);
    String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    Object title = meta.get("title");
    if (!(title instanceof String t) || t.isBlank()) {
      return broken(path, slug, locale, hash, "front matter has no title");
    }
    Object tags = meta.get("tags");
    List<String> tagList;
    if (tags == null) {
      tagList = List.of();
    } else if (tags instanceof List<?> list) {
      tagList = list.stream().map(String::valueOf).toList();
    } else {
      return broken(path, slug, locale, hash, "tags must be a list, e.g. [returns, refunds]");
    }
    LocalDate reviewBy;
    LocalDate updated;
    try {
      reviewBy = date(meta.get("review-by"));
    } catch (DateTimeParseException e) {
      return broken(path, slug, locale, hash, "review-by must be a date such as 2027-06-30");
    }
    try {
      updated = date(meta.get("updated"));
    } catch (DateTimeParseException e) {
      return broken(path, slug, locale, hash, "updated must be a date such as 2026-11-20");
    }
    Object pin = meta.get("pinned");
    if (pin != null && !(pin instanceof Integer p && p >= 1 && p <= 99)) {
      return broken(path, slug, locale, hash, "pinned must be a whole number from 1 to 99");
    }
    Object category = meta.get("category");
    Object owner = meta.get("owner");
    return new ContentFile(
        path,
        slug,
        locale,
        hash,
        t.strip(),
        category == null ? null : String.valueOf(category),
        tagList,
        owner == null ? null : String.valueOf(owner),
        reviewBy,
        updated,
        (Integer) pin,
        body,
        null);
  }

  private static ContentFile broken(
      String path, String slug, String locale, String hash, String problem) {
    return new ContentFile(
        path, slug, locale, hash, null, null, List.of(), null, null, null, null, null, problem);
  }

  /** A front matter date: YAML reads 2027-06-30 as a date, "2027-06-30" as text. */
  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(String.valueOf(value));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.split("\n")[0];
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
