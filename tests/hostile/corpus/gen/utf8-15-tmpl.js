var s = `ğŸ˜${1}`; print(s.length);
