var a=[]; a.push(a); a.join();
