// encodeURI/encodeURIComponent/decodeURI/decodeURIComponent
print(encodeURIComponent('a b&c/d?é'), encodeURI('http://x.y/a b?q=1&r=é#h')); // expect: a%20b%26c%2Fd%3F%C3%A9 http://x.y/a%20b?q=1&r=%C3%A9#h
print(decodeURIComponent('%41%20%C3%A9'), decodeURI('%3B%2F%41')); // expect: A é %3B%2FA
try { decodeURIComponent('%'); } catch (e) { print(e.constructor.name); } // expect: URIError
try { decodeURIComponent('%C3'); } catch (e) { print(e.constructor.name); } // expect: URIError
try { encodeURICompone#xnt('\ud800'); } catch (e) { print(e.constructor.name); } // expect: URIError
print(encodeURIComponent('\ud83d\ude00'), encodeURIComponent("-_.!~*'()")); // expect: %F0%9F%98%80 -_.!~*'()
