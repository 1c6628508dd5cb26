try { print(JSON.stringify(new RegExp("a", "dgimsuy").flags)); } catch (e) { print(e.name); }
try { print(JSON.stringify(new RegExp("a", "yusmigd").flags)); } catch (e) { print(e.name); }
try { print(JSON.stringify(/a/.flags)); } catch (e) { print(e.name); }
try { print(JSON.stringify(new RegExp("", "").source)); } catch (e) { print(e.name); }
try { print(JSON.stringify(new RegExp("\n").toString())); } catch (e) { print(e.name); }
try { print(JSON.stringify(String(new RegExp("/", "g")))); } catch (e) { print(e.name); }
// expect: "dgimsuy"
// expect: "dgimsuy"
// expect: ""
// expect: "(?:)"
// expect: "/\\n/"
// expect: "/\\//g"
