package kb.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import kb.articles.ArticleService;
import kb.search.SearchLog;
import kb.web.i18n.LocaleResolver;
import kb.web.search.Searchers;
import kb.web.security.SecurityHeadersFilter;

/**
 * Serves anonymous GETs of the public pages from {@link PageCache}: a miss renders the page once
 * into memory, a hit sends the bytes, with an {@code ETag} and {@code Last-Modified} so browsers
 * and CDNs revalidate with a 304. Signed-in readers, scripts with credentials and language switches
 * go through untouched. It runs on the forward from the readable article URLs too, whichever order
 * the container puts the filters in, and handles a request once.
 */
@WebFilter(
    filterName = "pageCache",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PageCacheFilter extends HttpFilter {

  private static final String HANDLED = PageCacheFilter.class.getName() + ".handled";
  private static final Pattern PAGES =
      Pattern.compile("/|/index\\.xhtml|/search\\.xhtml|/(articles|categories)/[a-z0-9-]{1,120}/?");
  private static final int MAX_QUERY = 512;

  /** Stored by shared caches, but checked with us before every use: a change shows at once. */
  static final String CACHE_CONTROL = "public, no-cache";

  @Inject PageCache cache;
  @Inject SearchLog searchLog;
  @Inject ArticleService articles;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(HANDLED) != null || !eligible(request)) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(HANDLED, Boolean.TRUE);
    String key = LocaleResolver.resolve(request).getLanguage() + " " + url(request);
    CachedPage page = cache.get(key);
    if (page != null) {
      serve(request, response, page, "HIT");
      return;
    }
    if ("HEAD".equals(request.getMethod())) {
      chain.doFilter(request, response); // a HEAD's rendering is never stored as the page
      return;
    }
    long articlesAt = cache.articlesGeneration();
    long threadsAt = cache.threadsGeneration();
    PageMarks marks = new PageMarks();
    request.setAttribute(PageMarks.ATTRIBUTE, marks);
    CapturedResponse captured = new CapturedResponse(response);
    chain.doFilter(request, captured);
    if (!captured.storable() || !marks.cacheable) {
      if (!captured.isCommitted()) {
        byte[] body = captured.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      }
      return;
    }
    page =
        CachedPage.of(
            captured.body(),
            captured.getContentType(),
            articlesAt,
            marks.threads ? threadsAt : -1,
            marks.search,
            marks.view);
    cache.put(key, page);
    serve(request, response, page, "MISS");
  }

  private void serve(
      HttpServletRequest request, HttpServletResponse response, CachedPage page, String outcome)
      throws IOException {
    SecurityHeadersFilter.apply(request, response);
    response.setHeader("X-KB-Cache", outcome);
    response.setHeader("Vary", "Accept-Language, Cookie");
    if (page.view() != null) {
      articles.recordView(page.view().slug(), page.view().locale());
    }
    if (page.search() != null) {
      // Every reader's search is logged, and its id is in the page: such a page is never shared.
      response.setHeader("Cache-Control", "private, no-store");
      String id =
          String.valueOf(
              searchLog.record(
                  page.search().results(),
                  page.search().locale(),
                  Searchers.of(request, response),
                  "page"));
      send(request, response, page, id);
      return;
    }
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("ETag", page.etag());
    response.setHeader(
        "Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(page.created().atOffset(ZoneOffset.UTC)));
    String match = request.getHeader("If-None-Match");
    if (match != null && (match.equals(page.etag()) || match.equals("W/" + page.etag()))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    send(request, response, page, "");
  }

  private static void send(
      HttpServletRequest request, HttpServletResponse response, CachedPage page, String id)
      throws IOException {
    response.setContentType(page.contentType());
    response.setContentLength(page.length(id));
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    OutputStream out = response.getOutputStream();
    byte[] slot = id.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < page.parts().size(); i++) {
      if (i > 0) {
        out.write(slot);
      }
      out.write(page.parts().get(i));
    }
  }

  private static boolean eligible(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    if (request.getHeader("Authorization") != null || request.getUserPrincipal() != null) {
      return false;
    }
    String query = query(request);
    if (query != null && (query.length() > MAX_QUERY || request.getParameter("lang") != null)) {
      return false;
    }
    return PAGES.matcher(path(request)).matches();
  }

  private static String path(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded instanceof String s ? s : request.getRequestURI();
    return uri.substring(request.getContextPath().length());
  }

  private static String query(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
        ? (String) forwarded
        : request.getQueryString();
  }

  private static String url(HttpServletRequest request) {
    String query = query(request);
    return path(request) + (query == null ? "" : "?" + query);
  }
}
