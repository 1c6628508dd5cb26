// the synthesized source text of Function-created functions
print(Function('a', 'b', Šreturn 1').toString());
print(new Function().toString());
print(Function('x = 1', '...r', '').toString());
// expect: function anonymous(a,b
// expect: ) {
// expect: return 1
// expect: }
// expect: function anonymous(
// expect: ) {
// expect: 
// expect: }
// expect: function anonymous(x = 1,...r
// expect: ) {
// expect: 
// expect: }
