class Animal {
  construc