// A registry with the OCI referrers API, for tests: go-containerregistry's in-memory registry
// (pkg/registry) with referrers support on, listening on 127.0.0.1 at a free port, which it prints.
package main

import (
	"fmt"
	"log"
	"net"
	"net/http"
	"os"

	"github.com/google/go-containerregistry/pkg/registry"
)

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintln(os.Stdout, l.Addr().String())
	h := registry.New(registry.WithReferrersSupport(true), registry.Logger(log.New(os.Stderr, "", 0)))
	log.Fatal(http.Serve(l, h))
}
