class Tree {
  