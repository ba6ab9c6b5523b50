package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/timeline-tool/timeline/extract"
	"github.com/timeline-tool/timeline/seeds"
	"github.com/timeline-tool/timeline/timeline"
)

// schemaPath is the JSON Schema of timeline.json, from the module root.
const schemaPath = "docs/timeline.schema.json"

// moduleRoot returns the directory holding go.mod, above the test's
// working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// readSchema returns the schema document as parsed JSON.
func readSchema(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(moduleRoot(t), filepath.FromSlash(schemaPath)))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	return doc.(map[string]any)
}

// compileSchema compiles the schema as draft 2020-12, with formats asserted.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc := readSchema(t)
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", doc["$schema"])
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(schemaPath, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatalf("%s does not compile: %v", schemaPath, err)
	}
	return sch
}

// validateJSON renders tl as timeline.json and validates it.
func validateJSON(t *testing.T, sch *jsonschema.Schema, tl *timeline.Timeline) error {
	t.Helper()
	var buf bytes.Buffer
	if err := JSON(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return sch.Validate(inst)
}

// seedsTimeline builds the seeds' timeline through the pipeline, as the
// command does with no inputs.
func seedsTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	arts, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		arts[i].Paragraphs = extract.Classify(arts[i].Text)
	}
	f := extract.NewFinder()
	extract.ResolvePublished(arts, f, extract.PublishedOptions{})
	var mentions []timeline.Mention
	for i := range arts {
		txs, ms := extract.Process(&arts[i], f, extract.Options{})
		arts[i].Timexes = txs
		mentions = append(mentions, ms...)
	}
	return timeline.Build(arts, mentions, timeline.Options{})
}

func TestSchemaValidatesOutput(t *testing.T) {
	sch := compileSchema(t)
	if err := validateJSON(t, sch, exportFixture()); err != nil {
		t.Errorf("fixture timeline.json does not validate:\n%v", err)
	}
	tl := seedsTimeline(t)
	if len(tl.Articles) != 5 {
		t.Errorf("%d seed articles, want 5", len(tl.Articles))
	}
	if err := validateJSON(t, sch, tl); err != nil {
		t.Errorf("the seeds' timeline.json does not validate:\n%v", err)
	}
	t.Logf("seeds: %d articles, %d events validated", len(tl.Articles), len(tl.Events))
}

// TestSchemaRejects breaks a valid document in the ways the schema must
// catch, so that a schema that accepts anything fails.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	var buf bytes.Buffer
	if err := JSON(&buf, exportFixture(), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		mutate func(doc map[string]any)
	}{
		{"no version", func(d map[string]any) { delete(d, "version") }},
		{"version 2", func(d map[string]any) { d["version"] = 2 }},
		{"events not a list", func(d map[string]any) { d["events"] = map[string]any{} }},
		{"day not YYYY-MM-DD", func(d map[string]any) { jsonEvent(d, 0)["date"].(map[string]any)["start"] = "2017-3-1" }},
		{"unknown grain", func(d map[string]any) { jsonEvent(d, 0)["date"].(map[string]any)["grain"] = "fortnight" }},
		{"unknown mod", func(d map[string]any) { jsonEvent(d, 0)["date"].(map[string]any)["mod"] = "LATE" }},
		{"event without sources", func(d map[string]any) { jsonEvent(d, 0)["sources"] = []any{} }},
		{"event without id", func(d map[string]any) { delete(jsonEvent(d, 0), "id") }},
		{"mention offset negative", func(d map[string]any) {
			jsonEvent(d, 0)["mentions"].([]any)[0].(map[string]any)["start"] = -1
		}},
		{"unknown section", func(d map[string]any) {
			jsonEvent(d, 0)["mentions"].([]any)[0].(map[string]any)["section"] = "sidebar"
		}},
		{"published not a date", func(d map[string]any) { d["articles"].([]any)[0].(map[string]any)["published"] = "yesterday" }},
		{"unknown published_source", func(d map[string]any) {
			d["articles"].([]any)[0].(map[string]any)["published_source"] = "guess"
		}},
		{"error without message", func(d map[string]any) { delete(d["errors"].([]any)[0].(map[string]any), "error") }},
	} {
		var doc map[string]any
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		c.mutate(doc)
		b, _ := json.Marshal(doc)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err == nil {
			t.Errorf("%s: validates", c.name)
		}
	}
}

// jsonEvent returns the i-th event of a parsed timeline.json.
func jsonEvent(doc map[string]any, i int) map[string]any {
	return doc["events"].([]any)[i].(map[string]any)
}

// TestSchemaDescribesModel checks that every JSON field of the data model
// is described in the schema, so that a field added to timeline/model.go is
// documented too.
func TestSchemaDescribesModel(t *testing.T) {
	doc := readSchema(t)
	defs := doc["$defs"].(map[string]any)
	props := func(def map[string]any) map[string]any { return def["properties"].(map[string]any) }
	objects := map[string]map[string]any{
		"Timeline":   props(doc),
		"Article":    props(defs["article"].(map[string]any)),
		"Event":      props(defs["event"].(map[string]any)),
		"Date":       props(defs["date"].(map[string]any)),
		"Mention":    props(defs["mention"].(map[string]any)),
		"InputError": props(defs["inputError"].(map[string]any)),
	}
	types := map[string]reflect.Type{
		"Timeline":   reflect.TypeOf(timeline.Timeline{}),
		"Article":    reflect.TypeOf(timeline.Article{}),
		"Event":      reflect.TypeOf(timeline.Event{}),
		"Date":       reflect.TypeOf(timeline.Date{}),
		"Mention":    reflect.TypeOf(timeline.Mention{}),
		"InputError": reflect.TypeOf(timeline.InputError{}),
	}
	for name, typ := range types {
		fields := jsonFields(typ)
		for _, f := range fields {
			if _, ok := objects[name][f]; !ok {
				t.Errorf("%s: timeline.%s field %q is not described in the schema; add it (and to docs/json-format.md)", schemaPath, name, f)
			}
		}
		sort.Strings(fields)
		for f := range objects[name] {
			if i := sort.SearchStrings(fields, f); i == len(fields) || fields[i] != f {
				t.Errorf("%s: %q of %s is not a field of timeline.%s", schemaPath, f, name, name)
			}
		}
	}
}

// jsonFields returns the JSON names of a struct's fields, with embedded
// structs inlined as encoding/json does.
func jsonFields(typ reflect.Type) []string {
	var names []string
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			names = append(names, jsonFields(f.Type)...)
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// TestSeedsDeterministic builds the seeds' timeline twice through the
// pipeline and wants every export byte for byte the same.
func TestSeedsDeterministic(t *testing.T) {
	a, b := seedsTimeline(t), seedsTimeline(t)
	for _, f := range goldenFormats(t) {
		ra, rb := renderAll(t, f, a, Options{}), renderAll(t, f, b, Options{})
		for p := range ra {
			if !bytes.Equal(ra[p], rb[p]) {
				t.Errorf("%s: %s differs between two builds of the seeds", f.Name, p)
			}
		}
	}
}
