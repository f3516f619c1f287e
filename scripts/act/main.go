// Command act is nektos/act v0.2.87 as gantry's tests run it: act's own main (cmd.Execute with a graceful
// cancellation context), built from the pinned module with the patches in patches/ (see README.md).
package main

import (
	"github.com/nektos/act/cmd"
	"github.com/nektos/act/pkg/common"
)

// version is set by build.sh (-X main.version=...): act prints it and sends it nowhere (notices are off).
var version = "v0.2.87-gantry"

func main() {
	ctx, cancel := common.CreateGracefulJobCancellationContext()
	defer cancel()
	cmd.Execute(ctx, version)
}
