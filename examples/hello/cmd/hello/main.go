// Command hello prints its version, commit and build date: the values gantry's go-build injects with
// -X main.version=... -X main.commit=... -X main.date=...
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
)

var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
)

func main() {
	short := flag.Bool("version", false, "print only the version")
	flag.Parse()
	if *short {
		fmt.Println(version)
		return
	}
	fmt.Printf("hello %s (commit %s, built %s, %s/%s)\n", version, commit, date, runtime.GOOS, runtime.GOARCH)
	if len(flag.Args()) > 0 {
		fmt.Fprintln(os.Stderr, "hello takes no arguments")
		os.Exit(2)
	}
}
