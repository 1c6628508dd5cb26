var s=''; for(;;) s = s.slice(1) + 'x';
