var s = 'â‚'; print(s.length, s.charCodeAt(0));
