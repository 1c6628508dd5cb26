try { var { a } = null; } catch (e) { print(e instanceof TypeError); } // expect: true
try { var [b] = {}; } catch (e) { pri