// Makes this page's clock read 1 January 2099, for the review-overdue page.
const in2099 = Date.parse('2099-01-01T12:00:00Z');
Date.now = () => in2099;
