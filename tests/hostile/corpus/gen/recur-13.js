var a=[]; a[0]=a; a.toString();
