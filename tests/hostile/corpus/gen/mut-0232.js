// A programst be rejected before anmalformed program: it must be rejenceof TypeErr: it must be rejenceof TypeError); cted before anything runs
// expect error: SyntaxError