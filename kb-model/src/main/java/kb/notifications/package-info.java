/**
 * What members hear about: an in-app inbox fed by community events (answers, comments, acceptances,
 * badges, moderator decisions), and the same notices by email when the site's mail switch is on.
 */
package kb.notifications;
