// The CMS recipes as the README printed them before issue 17, kept to show what they lost (and
// that the tests can see a loss): WordPress's filter allowed the tags but neither `collapsible`
// nor `slot`; Drupal's line allowed the tags but not `collapsible`, nor a <div> with `slot`.
export const wordpressBefore = `add_filter('wp_kses_allowed_html', function ($tags, $context) {
    if ($context === 'post') {
        $attributes = ['sections' => true, 'heading-level' => true, 'locale' => true, 'lang' => true, 'class' => true];
        foreach (['procedure-overview', 'risk-list', 'results-explainer'] as $tag) {
            $tags[$tag] = $attributes;
        }
    }
    return $tags;
}, 10, 2);`;

export const drupalBefore =
  '<procedure-overview sections heading-level locale> <risk-list sections heading-level locale> ' +
  '<results-explainer sections heading-level locale>';
