/**
 * Server-rendered pages' plumbing shared by every module's {@code web} package (issue 8): the page
 * security chain (session cookie, CSRF, CSP), signing a session in and out, the page language
 * (cookie, Bengali first), Bengali digits in templates ({@code #fmt}), the request in templates
 * ({@code #web}), error pages and form refusals. How to add a page: README's "Web pages".
 */
package bd.gov.cleancare.platform.pages;
