-- Appended to a generated "attempts" table: GET a random attempt's page with its owner's cookie.
request = function()
  local a = attempts[math.random(#attempts)]
  return wrk.format("GET", "/quiz/" .. a.id, {["Cookie"] = a.cookie})
end
