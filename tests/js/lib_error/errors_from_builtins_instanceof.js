// errors thrown by builtins are instances of the realm's constructors
try { [].reduce(() => {}); } catch (e) { print(e instanceof TypeError, e.constructor === TypeError, Object.getPrototypeOf(e) === TypeError.prototype); } // expect: true true true
try { new Array(-1); } catch (e) { print(e instanceof RangeError, typeof e.message, e.message.length > 0); } // expect: true string true
try { JSON.parse('x'); } catch (e) { print(e instanceof SyntaxError, e.name); } // expect: true SyntaxError
