// Command idgen prints random UUIDs, or its version, commit and build date (the values gantry's go-build
// injects with -X main.version=... -X main.commit=... -X main.date=...). It depends on github.com/google/uuid
// so that module download, verification and caching are exercised.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"

	"github.com/google/uuid"
)

var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
)

func main() {
	short := flag.Bool("version", false, "print only the version")
	count := flag.Int("n", 0, "print this many random UUIDs instead of the version line")
	flag.Parse()
	if *short {
		fmt.Println(version)
		return
	}
	if len(flag.Args()) > 0 {
		fmt.Fprintln(os.Stderr, "idgen takes no arguments")
		os.Exit(2)
	}
	if *count > 0 {
		for i := 0; i < *count; i++ {
			fmt.Println(uuid.NewString())
		}
		return
	}
	fmt.Printf("idgen %s (commit %s, built %s, %s/%s, uuid %s)\n", version, commit, date, runtime.GOOS, runtime.GOARCH,
		uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://example.com/idgen")))
}
