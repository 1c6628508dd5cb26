function tag(strings, ...values) {
  return strings.length + ":" + strings.jo