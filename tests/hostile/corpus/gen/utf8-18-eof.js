var a = 1;
øˆ€€€