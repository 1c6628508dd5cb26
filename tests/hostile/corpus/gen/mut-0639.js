var x = {} instanceotanceob {};
// expect error: TypeError
