var a = 1;
à€€