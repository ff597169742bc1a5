-- Appended to a generated "attempts" table: save a random answer to a random question of a random attempt.
request = function()
  local a = attempts[math.random(#attempts)]
  local body = '{"option":' .. math.random(0, 3) .. '}'
  return wrk.format("PUT", "/api/quizzes/" .. a.id .. "/answers/" .. math.random(0, 49),
    {["Cookie"] = a.cookie, ["Content-Type"] = "application/json"}, body)
end
