// the Function constructor parses parameters and body separately
try { Function('/*', '*/){'); print('parsed'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { Function('a){}, (function(b', ''); print('parsed'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { Function('', '}); (function(){'); print('parsed'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { Function('a', 'b', '}'); print('parsed'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
print(Function('a /* c */', 'b // line', 'return a + b')(1, 2)); // expect: 3
print(Function('a\n,b', 'return b')(1, 2)); // expect: 2
