package common

import (
	"net"
)

// GetOutboundIP returns the loopback address.
//
// gantry patch (scripts/act/README.md): the original dials udp 8.8.8.8:80 to learn the address of the
// interface that routes to the internet, and runs while act's command is being built (it is the default
// of --artifact-server-addr and --cache-server-addr), so even a run that gives both addresses makes that
// connect() call. gantry's tests bind every server to 127.0.0.1 and must reach no other address.
func GetOutboundIP() net.IP {
	return net.IPv4(127, 0, 0, 1)
}
