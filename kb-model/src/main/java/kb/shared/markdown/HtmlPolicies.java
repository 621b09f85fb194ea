package kb.shared.markdown;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The two sanitizer policies. Both allow only http(s), mailto and relative URLs, and no script,
 * style, event handler or form element (beyond the disabled checkbox of a task list).
 */
final class HtmlPolicies {

  private HtmlPolicies() {}

  private static HtmlPolicyBuilder common() {
    return new HtmlPolicyBuilder()
        .allowStandardUrlProtocols()
        .allowElements(
            "p",
            "br",
            "hr",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "del",
            "s",
            "ul",
            "ol",
            "li",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "sup",
            "sub",
            "kbd",
            "a")
        .allowAttributes("href", "title")
        .onElements("a")
        .allowAttributes("start")
        .matching(java.util.regex.Pattern.compile("[0-9]{1,9}"))
        .onElements("ol")
        .allowAttributes("align")
        .matching(true, "left", "right", "center")
        .onElements("th", "td")
        .allowAttributes("class")
        .matching(true, "task-list-item", "task-list-item-checkbox")
        .onElements("li", "input")
        .allowElements("input")
        .allowAttributes("type")
        .matching(true, "checkbox")
        .onElements("input")
        .allowAttributes("checked", "disabled", "readonly")
        .onElements("input");
  }

  static final PolicyFactory EDITOR =
      common()
          .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "img")
          .allowAttributes("id")
          .matching(java.util.regex.Pattern.compile("[A-Za-z0-9_\\-\\p{L}]{1,120}"))
          .onElements("h1", "h2", "h3", "h4", "h5", "h6")
          .allowAttributes("src", "alt", "title", "width", "height")
          .onElements("img")
          .toFactory();

  static final PolicyFactory COMMUNITY =
      common()
          .allowElements((name, attrs) -> "h4", "h1", "h2", "h3")
          .allowElements("h4", "h5", "h6")
          .requireRelsOnLinks("nofollow", "ugc", "noopener")
          .toFactory();
}
