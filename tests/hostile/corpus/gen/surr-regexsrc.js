var s = '\u{D800}'; print(s.length);
