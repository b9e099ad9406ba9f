<?php
// WordPress's own HTML filter (kses), as it filters a post an author without `unfiltered_html`
// saves: the HTML on standard input, the filtered HTML on standard output.
//
//   php test/cms/wordpress-kses.php [RECIPE.php]    a recipe from docs/cms.md, applied first
//   php test/cms/wordpress-kses.php --version       the WordPress version
//
// It loads WordPress's real files from Debian's `wordpress` package, no stubs: plugin.php
// (add_filter, apply_filters: the hook the recipe uses), load.php, functions.php (with
// option.php, which it requires) and formatting.php, which kses.php calls into, and kses.php.
// Nothing else of WordPress is needed to filter HTML, so no database and no configuration.
$wordpress = rtrim(getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress', '/');
define('ABSPATH', $wordpress . '/');
define('WPINC', 'wp-includes');

if (($argv[1] ?? '') === '--version') {
    require ABSPATH . WPINC . '/version.php';
    echo $wp_version;
    exit(0);
}

foreach (['plugin', 'load', 'functions', 'formatting', 'kses'] as $file) {
    require ABSPATH . WPINC . "/$file.php";
}
if (($argv[1] ?? '') !== '') {
    require $argv[1];
}
// What WordPress runs on post content when it is saved (kses_init_filters(): content_save_pre).
echo wp_kses_post(stream_get_contents(STDIN));
