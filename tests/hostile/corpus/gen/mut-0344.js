va.length = -3;
// Q’üexpectr: Ra