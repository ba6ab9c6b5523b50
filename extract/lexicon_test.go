package extract

import (
	"go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// TestRuleWordsInLexicon checks that every word a rule tests with p.is,
// p.isAny or compares with p.word is in the lexicon: the parser knows only
// lexicon words, so a missing one makes its test silently never match.
func TestRuleWordsInLexicon(t *testing.T) {
	files, err := filepath.Glob("rule_*.go")
	if err != nil || len(files) == 0 {
		t.Fatal("no rule files", err)
	}
	files = append(files, "resolve.go")
	fset := gotoken.NewFileSet()
	checked := 0
	for _, name := range files {
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		check := func(lit ast.Expr) {
			bl, ok := lit.(*ast.BasicLit)
			if !ok || bl.Kind != gotoken.STRING {
				return
			}
			w, err := strconv.Unquote(bl.Value)
			if err != nil || w == "" {
				return
			}
			checked++
			if _, ok := lexicon[w]; !ok {
				t.Errorf("%s: %q is tested but not in the lexicon", fset.Position(bl.Pos()), w)
			}
		}
		isWordCall := func(e ast.Expr) bool {
			c, ok := e.(*ast.CallExpr)
			if !ok {
				return false
			}
			sel, ok := c.Fun.(*ast.SelectorExpr)
			return ok && sel.Sel.Name == "word"
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "is" || sel.Sel.Name == "isAny") {
					for _, a := range n.Args[1:] {
						check(a)
					}
				}
			case *ast.BinaryExpr:
				if n.Op == gotoken.EQL || n.Op == gotoken.NEQ {
					if isWordCall(n.X) {
						check(n.Y)
					}
				}
			case *ast.SwitchStmt:
				if n.Tag != nil && isWordCall(n.Tag) {
					for _, st := range n.Body.List {
						for _, e := range st.(*ast.CaseClause).List {
							check(e)
						}
					}
				}
			}
			return true
		})
	}
	// A renamed p.is, p.isAny or p.word would leave nothing to check.
	if checked < 100 {
		t.Errorf("only %d rule words found: does the test still know the parser's methods?", checked)
	}
}
