try { print(JSON.stringify(new RegExp("[/]").source)); } catch (e) { print(e.name); }
try { print(JSON.stringify(new RegExp("\\/").source)); } catch (e) { print(e.name); }
try { print(JSON.stringify(RegExp.prototype.source)); } catch (e) { print(e.name); }
try { print(JSON.stringify(RegExp.prototype.flags)); } catch (e) { print(e.name); }
try { print(JSON.stringify(RegExp.prototype.global)); } catch (e) { print(e.name); }
try { print(JSON.stringify(RegExp.prototype.toString())); } catch (e) { print(e.name); }
// expect: "[/]"
// expect: "\\/"
// expect: "(?:)"
// expect: ""
// expect: undefined
// expect: "/(?:)/"
