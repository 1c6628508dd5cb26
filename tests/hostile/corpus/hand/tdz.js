// hostile: expect=error
{ f(); let x = 1; function f() { return x; } }
