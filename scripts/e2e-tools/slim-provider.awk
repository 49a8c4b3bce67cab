# Filters terraform-provider-cloudflare's internal/provider.go down to the services named in `keep`
# (space-separated service package names): drops the other service imports and every
# `<service>.New...` registration of the Resources/DataSources/... lists. Nothing else changes, so the
# kept resources are the release's own code.
#   awk -v keep="account api_token ..." -f slim-provider.awk internal/provider.go
BEGIN {
  n = split(keep, names, " ")
  for (i = 1; i <= n; i++) kept[names[i]] = 1
}
/^[ \t]*"github.com\/cloudflare\/terraform-provider-cloudflare\/internal\/services\/[a-z0-9_]+"[ \t]*$/ {
  service = $0
  sub(/.*\/services\//, "", service)
  sub(/".*/, "", service)
  if (!(service in kept)) next
  seen_import[service] = 1
}
/^[ \t]*[a-z0-9_]+\.New[A-Za-z0-9_]*,/ {
  service = $0
  sub(/^[ \t]*/, "", service)
  sub(/\..*/, "", service)
  if (!(service in kept)) next
  registered[service] = 1
}
{ print }
END {
  for (service in kept) {
    if (!(service in seen_import) || !(service in registered)) {
      printf "slim-provider.awk: service %s is not imported and registered in provider.go\n", service > "/dev/stderr"
      exit 3
    }
  }
}
