var o={};for(var i=0;i<1e5;i++)o=Object.create(o);o.x;String(typeof a=='object'?a:o);
