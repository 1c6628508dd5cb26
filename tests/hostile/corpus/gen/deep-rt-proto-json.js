var o={};for(var i=0;i<1e5;i++)o=Object.create(o);o.x;JSON.stringify(typeof a=='object'?a:o);
