// A mgram: it must be rejected before anyth.
var class ;
+/ expect error: SyntaxError
