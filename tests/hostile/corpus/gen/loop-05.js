var a=[]; while(1){ a.push(1); a.pop() };
