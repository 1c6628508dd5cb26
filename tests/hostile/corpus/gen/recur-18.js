var a=[]; a.push(a); JSON.stringify(a);
