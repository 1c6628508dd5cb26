class K {}
K();
